package dev.identityerrors.checker.sdk;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The members the analysis treats as giving or taking a code or a status, named {@code
 * fully.qualified.Class#member} (constructors {@code Class#<init>}): the LUSID SDK's, built in
 * ({@link LusidSdk}), and the user's entries from the options, merged here and nowhere else.
 *
 * @param codeSources members holding an Identity error code
 * @param codeTakers methods whose integral parameter takes a code
 * @param statusSources members holding an HTTP status
 * @param statusTakers methods whose integral parameter takes, or in an override is handed, a status
 */
public record LibraryModel(
    ImmutableList<String> codeSources,
    ImmutableList<String> codeTakers,
    ImmutableList<String> statusSources,
    ImmutableList<String> statusTakers) {

  /** The SDK's members, with the user's code and status sources added. */
  public static LibraryModel withUserSources(
      List<String> userCodeSources, List<String> userStatusSources) {
    return new LibraryModel(
        concat(LusidSdk.CODE_SOURCES, userCodeSources),
        LusidSdk.CODE_TAKERS,
        concat(LusidSdk.HTTP_STATUS_SOURCES, userStatusSources),
        LusidSdk.HTTP_STATUS_TAKERS);
  }

  /**
   * Members that hold an HTTP status beyond the named ones ({@code Class#member} of a class and
   * member named in full): those of every FINBOURNE service's SDK ({@link
   * LusidSdk#holdsStatusInAnyService}).
   */
  public boolean holdsStatusInAnyService(String owner, String member) {
    return LusidSdk.holdsStatusInAnyService(owner, member);
  }

  /**
   * Members that hold a code of another FINBOURNE service ({@link
   * LusidSdk#holdsOtherServicesCode}): a value known not to be an Identity error code.
   */
  public boolean holdsOtherServicesCode(String owner, String member) {
    return LusidSdk.holdsOtherServicesCode(owner, member);
  }

  private static ImmutableList<String> concat(List<String> builtIn, List<String> user) {
    return ImmutableList.<String>builder().addAll(builtIn).addAll(user).build();
  }
}
