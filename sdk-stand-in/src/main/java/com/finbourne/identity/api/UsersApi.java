package com.finbourne.identity.api;

import com.finbourne.identity.ApiException;

/** Test stand-in with the shape of part of the LUSID SDK's UsersApi (never shipped). */
public class UsersApi {
  /** Fails like the service does for an unknown user: HTTP 404 with LUSID code 657. */
  public Object getUser(String id) throws ApiException {
    throw new ApiException(
        404,
        "{\"code\":657,\"status\":404,\"title\":\"User does not exist\",\"detail\":\""
            + id
            + "\"}");
  }

  public void deleteUser(String id) throws ApiException {
    getUser(id);
  }
}
