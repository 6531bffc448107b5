package lv.praise.adapter;

import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.Lang;
import lv.praise.domain.contacts.ContactLogins;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The contacts' accounts in the participants' user pool ({@code PARTICIPANT_POOL_ID}): the user name is the
 * address (the pool signs in by e-mail), {@code custom:participants} the participant ids, space-separated, which
 * the ID token carries. Created verified and without an invitation (the code e-mail is the only mail); put in the
 * group {@code contacts}. The {@code locale} attribute, when the sign-in page gave its language, is the language of
 * the code e-mail (SignInCodeMailHandler, the pool's custom message trigger). Every failure of Cognito reaches the caller as {@link LoginsUnavailable}.
 */
public final class CognitoContactLogins implements ContactLogins {
    public static final String PARTICIPANTS_ATTRIBUTE = "custom:participants";
    public static final String GROUP = "contacts";
    public static final String LOCALE_ATTRIBUTE = "locale";

    private final CognitoIdentityProviderClient cognito;
    private final String poolId;

    public CognitoContactLogins(CognitoIdentityProviderClient cognito, String poolId) {
        this.cognito = cognito;
        this.poolId = poolId;
    }

    @Override
    public void allow(String email, List<String> participantIds) {
        allow(email, participantIds, null);
    }

    @Override
    public void allow(String email, List<String> participantIds, Lang language) {
        try {
            if (participantIds.isEmpty()) {
                try {
                    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(email));
                } catch (UserNotFoundException e) {
                    // No account: nothing to take away.
                }
                return;
            }
            List<AttributeType> changed = new ArrayList<>();
            changed.add(attribute(PARTICIPANTS_ATTRIBUTE, String.join(" ", participantIds)));
            if (language != null) {
                changed.add(attribute(LOCALE_ATTRIBUTE, language.code()));
            }
            List<AttributeType> created = new ArrayList<>(List.of(attribute("email", email), attribute("email_verified", "true")));
            created.addAll(changed);
            try {
                cognito.adminCreateUser(r -> r.userPoolId(poolId).username(email)
                        .messageAction(MessageActionType.SUPPRESS).userAttributes(created));
            } catch (UsernameExistsException e) {
                cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username(email).userAttributes(changed));
            }
            // Every time (adding a member again changes nothing): a create whose group step failed is repaired.
            cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(email).groupName(GROUP));
        } catch (SdkException e) {
            throw new LoginsUnavailable("the participants' user pool failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
