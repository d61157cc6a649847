package com.acme;

/** A user's own class whose members hold codes and statuses, named only by options. */
public class Gateway {
  public int code;

  public int lastFailure() {
    return code;
  }

  public int lastStatus() {
    return 500;
  }
}
