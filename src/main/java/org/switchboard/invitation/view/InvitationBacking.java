package org.switchboard.invitation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.invitation.boundary.JoinInvitations;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.invitation.entity.InvitationKind;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.faces.ChosenPassword;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * invitation.xhtml?token=…: accepting an invitation from its e-mailed link. This bean reads the
 * link and says whether it can be accepted; a new person of a portal chooses their password, and a
 * login that exists already joins or declines. The partner's part is {@link PartnerInvitationBacking}'s.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    @Inject
    JoinInvitations joins;

    @Inject
    AccountDirectory directory;

    @Inject
    Tenant tenant;

    private String token;
    private InvitationKind kind;
    private String refusal;
    private String email;
    private String portalName;
    private JoinInvitations.JoinOffer joinOffer;
    private String joined;
    private boolean declined;

    private final ChosenPassword chosen = new ChosenPassword();

    public void load() {
        Optional<Invitation> invitation = invitations.byToken(token);
        kind = invitation.map(Invitation::getKind).orElse(InvitationKind.PORTAL_USER);
        refusal = invitations.whyNot(invitation, kind).orElse(null);
        if (refusal != null) {
            return;
        }
        email = invitation.get().getEmail();
        if (kind.isJoin()) {
            joinOffer = joins.joinOffer(token).orElse(null);
        } else if (kind != InvitationKind.PARTNER) {
            portalName = directory.portalName(invitation.get().getPortalId());
        }
    }

    /** A new person of a portal sets their password. */
    public void join() {
        var password = chosen.agreed("join:confirmation");
        if (password.isPresent()
                && Feedback.attempt("accept portal invitation", () -> invitations.acceptPortalUser(token, password.get()))) {
            Faces.redirect("login.xhtml?joined=true");
        }
    }

    /** A login that exists already, signed in as itself, joins the portal or account it was invited to. */
    public void acceptJoin() {
        AtomicReference<String> where = new AtomicReference<>();
        if (Feedback.attempt("accept an invitation to join", () -> where.set(joins.acceptJoin(token,
                tenant.requireRealUserId())))) {
            joined = where.get();
        }
    }

    public void declineJoin() {
        if (Feedback.attempt("decline an invitation to join", () -> joins.declineJoin(token, tenant.requireRealUserId()))) {
            declined = true;
        }
    }


    public boolean isSignedIn() {
        return tenant.person().isPresent();
    }

    /** Whether the signed-in person is the invited one (the service checks again). */
    public boolean isInvitedPersonSignedIn() {
        return tenant.person().map(person -> person.email().equalsIgnoreCase(email)).orElse(false);
    }

    public String getLoginLink() {
        return "login.xhtml?next=" + URLEncoder.encode("invitation.xhtml?token=" + token, StandardCharsets.UTF_8);
    }

    public boolean isPartner() {
        return kind == InvitationKind.PARTNER;
    }

    /** An invitation for a login that exists already, to join a portal or an account. */
    public boolean isJoin() {
        return kind != null && kind.isJoin();
    }

    public JoinInvitations.JoinOffer getJoinOffer() {
        return joinOffer;
    }

    public String getJoined() {
        return joined;
    }

    public boolean isDeclined() {
        return declined;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getEmail() {
        return email;
    }

    public String getPortalName() {
        return portalName;
    }

    public String getSignedInEmail() {
        return tenant.person().map(person -> person.email()).orElse("");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ChosenPassword getChosen() {
        return chosen;
    }
}
