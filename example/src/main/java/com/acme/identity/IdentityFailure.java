package com.acme.identity;

/**
 * The team's own wrapper of a failed Identity call. Its {@code code()} holds a LUSID code, and
 * nothing here says so: the build names it with -XepOpt:IdentityErrorCode:CodeSources.
 */
public record IdentityFailure(int code, int httpStatus, String detail) {}
