package com.acme.admin;

/** Test code has findings too: its compilation shares the baseline. */
class RolesTest {
  boolean roleTokenTypo(Roles roles) {
    return roles.isMissingRole(2135);
  }
}
