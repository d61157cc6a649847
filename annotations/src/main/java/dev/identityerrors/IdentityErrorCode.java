package dev.identityerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a declaration that holds a LUSID Identity API error code (a value of {@link
 * IdentityErrorCodes}): a parameter, field, local variable or record component, or a method whose
 * return value is a code.
 *
 * <p>The identity-errors checker then judges every constant that meets the declaration: assigned to
 * it, passed for it, returned from it, compared with it with {@code ==} or {@code !=}, or used as a
 * {@code case} label of a switch on it. The declaration's type must be {@code int}, {@code long},
 * {@code Integer} or {@code Long}.
 *
 * <pre>{@code
 * void report(@IdentityErrorCode int code) {
 *   if (code == IdentityErrorCodes.USER_DOES_NOT_EXIST) { ... }
 * }
 * }</pre>
 *
 * <p>Retention is {@link RetentionPolicy#CLASS}: the checker reads the annotation from class files
 * on the compile class path (so annotated methods of libraries are understood), and nothing needs
 * it at run time, so it stays out of reflection and costs nothing when the program runs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.LOCAL_VARIABLE,
  ElementType.RECORD_COMPONENT
})
public @interface IdentityErrorCode {}
