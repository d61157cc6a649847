package com.finbourne.identity.api;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import com.finbourne.identity.ApiResponse;
import com.finbourne.identity.extensions.ConfigurationOptions;
import com.finbourne.identity.model.CreateUserRequest;
import com.finbourne.identity.model.UserResponse;
import java.util.List;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code UsersApi}, in part: each operation returns a request builder, and {@code execute()} is
 * what throws {@code ApiException}. Never shipped. The request classes are inner and hold their
 * parameters, as the SDK's do.
 */
@SuppressWarnings({"ClassCanBeStatic", "UnusedVariable"})
public class UsersApi {
  public UsersApi() {}

  public class APIcreateUserRequest {
    private final CreateUserRequest createUserRequest;
    private Boolean waitForReindex;

    private APIcreateUserRequest(CreateUserRequest createUserRequest) {
      this.createUserRequest = createUserRequest;
    }

    public APIcreateUserRequest waitForReindex(Boolean waitForReindex) {
      this.waitForReindex = waitForReindex;
      return this;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public UserResponse execute() throws ApiException {
      return null;
    }

    public ApiResponse<UserResponse> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<UserResponse> _callback)
        throws ApiException {
      return null;
    }

    public UserResponse execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<UserResponse> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<UserResponse> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIcreateUserRequest createUser(CreateUserRequest createUserRequest) {
    return new APIcreateUserRequest(createUserRequest);
  }

  public class APIdeleteUserRequest {
    private final String id;
    private Boolean purge;

    private APIdeleteUserRequest(String id) {
      this.id = id;
    }

    public APIdeleteUserRequest purge(Boolean purge) {
      this.purge = purge;
      return this;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public void execute() throws ApiException {}

    public ApiResponse<Void> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<Void> _callback) throws ApiException {
      return null;
    }

    public void execute(ConfigurationOptions opts) throws ApiException {}

    public ApiResponse<Void> executeWithHttpInfo(ConfigurationOptions opts) throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<Void> _callback, ConfigurationOptions opts)
        throws ApiException {
      return null;
    }
  }

  public APIdeleteUserRequest deleteUser(String id) {
    return new APIdeleteUserRequest(id);
  }

  public class APIgetUserRequest {
    private final String id;
    private Boolean includeRoles;

    private APIgetUserRequest(String id) {
      this.id = id;
    }

    public APIgetUserRequest includeRoles(Boolean includeRoles) {
      this.includeRoles = includeRoles;
      return this;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public UserResponse execute() throws ApiException {
      return null;
    }

    public ApiResponse<UserResponse> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<UserResponse> _callback)
        throws ApiException {
      return null;
    }

    public UserResponse execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<UserResponse> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<UserResponse> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIgetUserRequest getUser(String id) {
    return new APIgetUserRequest(id);
  }

  public class APIlistUsersRequest {
    private Boolean includeDeactivated;

    private APIlistUsersRequest() {}

    public APIlistUsersRequest includeDeactivated(Boolean includeDeactivated) {
      this.includeDeactivated = includeDeactivated;
      return this;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public List<UserResponse> execute() throws ApiException {
      return null;
    }

    public ApiResponse<List<UserResponse>> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<List<UserResponse>> _callback)
        throws ApiException {
      return null;
    }

    public List<UserResponse> execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<List<UserResponse>> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<List<UserResponse>> _callback, ConfigurationOptions opts)
        throws ApiException {
      return null;
    }
  }

  public APIlistUsersRequest listUsers() {
    return new APIlistUsersRequest();
  }
}
