package com.finbourne.identity.extensions;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code ConfigurationOptions} (per-request overrides). Never shipped.
 */
public class ConfigurationOptions {
  public ConfigurationOptions() {}
}
