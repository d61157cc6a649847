package com.finbourne.identity.api;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import com.finbourne.identity.ApiResponse;
import com.finbourne.identity.extensions.ConfigurationOptions;
import com.finbourne.identity.model.CreateRoleRequest;
import com.finbourne.identity.model.RoleResponse;
import java.util.List;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code RolesApi}, in part: each operation returns a request builder, and {@code execute()} is
 * what throws {@code ApiException}. Never shipped. The request classes are inner and hold their
 * parameters, as the SDK's do.
 */
@SuppressWarnings({"ClassCanBeStatic", "UnusedVariable"})
public class RolesApi {
  public RolesApi() {}

  public class APIaddUserToRoleRequest {
    private final String id;
    private final String userId;

    private APIaddUserToRoleRequest(String id, String userId) {
      this.id = id;
      this.userId = userId;
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

  public APIaddUserToRoleRequest addUserToRole(String id, String userId) {
    return new APIaddUserToRoleRequest(id, userId);
  }

  public class APIcreateRoleRequest {
    private final CreateRoleRequest createRoleRequest;

    private APIcreateRoleRequest(CreateRoleRequest createRoleRequest) {
      this.createRoleRequest = createRoleRequest;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public RoleResponse execute() throws ApiException {
      return null;
    }

    public ApiResponse<RoleResponse> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<RoleResponse> _callback)
        throws ApiException {
      return null;
    }

    public RoleResponse execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<RoleResponse> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<RoleResponse> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIcreateRoleRequest createRole(CreateRoleRequest createRoleRequest) {
    return new APIcreateRoleRequest(createRoleRequest);
  }

  public class APIdeleteRoleRequest {
    private final String id;

    private APIdeleteRoleRequest(String id) {
      this.id = id;
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

  public APIdeleteRoleRequest deleteRole(String id) {
    return new APIdeleteRoleRequest(id);
  }

  public class APIgetRoleRequest {
    private final String id;

    private APIgetRoleRequest(String id) {
      this.id = id;
    }

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public RoleResponse execute() throws ApiException {
      return null;
    }

    public ApiResponse<RoleResponse> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<RoleResponse> _callback)
        throws ApiException {
      return null;
    }

    public RoleResponse execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<RoleResponse> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<RoleResponse> _callback, ConfigurationOptions opts) throws ApiException {
      return null;
    }
  }

  public APIgetRoleRequest getRole(String id) {
    return new APIgetRoleRequest(id);
  }

  public class APIlistRolesRequest {

    private APIlistRolesRequest() {}

    @SuppressWarnings("rawtypes")
    public okhttp3.Call buildCall(final ApiCallback _callback) throws ApiException {
      return null;
    }

    public List<RoleResponse> execute() throws ApiException {
      return null;
    }

    public ApiResponse<List<RoleResponse>> executeWithHttpInfo() throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(final ApiCallback<List<RoleResponse>> _callback)
        throws ApiException {
      return null;
    }

    public List<RoleResponse> execute(ConfigurationOptions opts) throws ApiException {
      return null;
    }

    public ApiResponse<List<RoleResponse>> executeWithHttpInfo(ConfigurationOptions opts)
        throws ApiException {
      return new ApiResponse<>(200, null);
    }

    public okhttp3.Call executeAsync(
        final ApiCallback<List<RoleResponse>> _callback, ConfigurationOptions opts)
        throws ApiException {
      return null;
    }
  }

  public APIlistRolesRequest listRoles() {
    return new APIlistRolesRequest();
  }
}
