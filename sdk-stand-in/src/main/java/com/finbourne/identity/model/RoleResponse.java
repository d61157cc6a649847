package com.finbourne.identity.model;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code RoleResponse} (no members used here). Never shipped.
 */
public class RoleResponse {
  public RoleResponse() {}
}
