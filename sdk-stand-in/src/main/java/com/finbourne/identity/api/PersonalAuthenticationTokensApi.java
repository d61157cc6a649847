package com.finbourne.identity.api;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import com.finbourne.identity.ApiResponse;
import com.finbourne.identity.extensions.ConfigurationOptions;
import com.finbourne.identity.model.ApiKey;
import com.finbourne.identity.model.CreateApiKey;
import com.finbourne.identity.model.CreatedApiKey;
import java.util.List;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code PersonalAuthenticationTokensApi}, in part: each operation returns a request builder, and
 * {@code execute()} is what throws {@code ApiException}. Never shipped. The request classes are
 * inner and hold their parameters, as the SDK's do.
 */
@SuppressWarnings({"ClassCanBeStatic", "UnusedVariable"})
public class PersonalAuthenticationTokensApi {
  public PersonalAuthenticationTokensApi() {}

  public class APIcreateApiKeyRequest {
    private final CreateApiKey createApiKey;

    private APIcreateApiKeyRequest(CreateApiKey createApiKey) {
      this.createApiKey = createApiKey;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public CreatedApiKey execute() throws ApiException {
      return null;
    }

    public ApiResponse<CreatedApiKey> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<CreatedApiKey> _callback)
        throws ApiException {
      return null;
    }

    public CreatedApiKey execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<CreatedApiKey> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<CreatedApiKey> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIcreateApiKeyRequest createApiKey(CreateApiKey createApiKey) {
    return new APIcreateApiKeyRequest(createApiKey);
  }

  public class APIdeleteApiKeyRequest {
    private final String id;

    private APIdeleteApiKeyRequest(String id) {
      this.id = id;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public ApiKey execute() throws ApiException {
      return null;
    }

    public ApiResponse<ApiKey> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<ApiKey> _callback) throws ApiException {
      return null;
    }

    public ApiKey execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<ApiKey> executeWithHttpInfo(ConfigurationOptions opts) throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<ApiKey> _callback, ConfigurationOptions opts)
        throws ApiException {
      return null;
    }
  }

  public APIdeleteApiKeyRequest deleteApiKey(String id) {
    return new APIdeleteApiKeyRequest(id);
  }

  public class APIlistOwnApiKeysRequest {

    private APIlistOwnApiKeysRequest() {}

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public List<ApiKey> execute() throws ApiException {
      return null;
    }

    public ApiResponse<List<ApiKey>> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<List<ApiKey>> _callback)
        throws ApiException {
      return null;
    }

    public List<ApiKey> execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<List<ApiKey>> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<List<ApiKey>> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIlistOwnApiKeysRequest listOwnApiKeys() {
    return new APIlistOwnApiKeysRequest();
  }
}
