package okhttp3;

/** Stand-in for OkHttp's {@code Call}, which the SDK's asynchronous calls return. Never shipped. */
public interface Call {}
