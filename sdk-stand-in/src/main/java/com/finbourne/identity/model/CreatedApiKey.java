package com.finbourne.identity.model;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code CreatedApiKey} (no members used here). Never shipped.
 */
public class CreatedApiKey {
  public CreatedApiKey() {}
}
