package org.switchboard.invitation.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.account.boundary.AccountChoice;
import org.switchboard.account.boundary.AccountDirectory;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.identity.boundary.UserAccounts;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.invitation.boundary.PartnerInvitations;
import org.switchboard.invitation.entity.Invitation;
import org.switchboard.invitation.entity.InvitationKind;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * invitation.xhtml?token=…: accepting an invitation from its e-mailed link. A new person of a
 * portal chooses their password; a partner signs in (or creates a login) as the invited address
 * and accepts for one of their portals or a new one.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    @Inject
    PartnerInvitations partnerInvitations;

    @Inject
    AccountDirectory directory;

    @Inject
    UserAccounts users;

    @Inject
    SecurityContext securityContext;

    @Inject
    Tenant tenant;

    private String token;
    private InvitationKind kind;
    private String refusal;
    private String email;
    private String portalName;
    private PartnerInvitations.Offer offer;
    private Invitations.JoinOffer joinOffer;
    private String joined;
    private boolean declined;
    private PartnerInvitations.Accepted accepted;
    private List<AccountChoice> portals;

    private String firstName;
    private String lastName;
    private String password;
    private String confirmation;
    private String chosenPortal;
    private String newPortalName;
    private PortalKind newPortalKind = PortalKind.SERVICE_PROVIDER;

    public void load() {
        Optional<Invitation> invitation = invitations.byToken(token);
        kind = invitation.map(Invitation::getKind).orElse(InvitationKind.PORTAL_USER);
        refusal = invitations.whyNot(invitation, kind).orElse(null);
        if (refusal != null) {
            return;
        }
        email = invitation.get().getEmail();
        if (kind == InvitationKind.PARTNER) {
            offer = partnerInvitations.offer(token).orElse(null);
        } else if (kind.isJoin()) {
            joinOffer = invitations.joinOffer(token).orElse(null);
        } else {
            portalName = directory.portalName(invitation.get().getPortalId());
        }
    }

    /** A new person of a portal sets their password. */
    public void join() {
        if (!samePasswords()) {
            return;
        }
        String chosen = password;
        if (Feedback.attempt("accept portal invitation", () -> invitations.acceptPortalUser(token, chosen))) {
            Faces.redirect("login.xhtml?joined=true");
        }
    }

    /** A login that exists already, signed in as itself, joins the portal or account it was invited to. */
    public void acceptJoin() {
        AtomicReference<String> where = new AtomicReference<>();
        if (Feedback.attempt("accept an invitation to join", () -> where.set(invitations.acceptJoin(token,
                tenant.requireRealUserId())))) {
            joined = where.get();
        }
    }

    public void declineJoin() {
        if (Feedback.attempt("decline an invitation to join", () -> invitations.declineJoin(token, tenant.requireRealUserId()))) {
            declined = true;
        }
    }

    /** A partner without a login creates one for the invited address, and is signed in with it. */
    public void createLogin() {
        if (!samePasswords()) {
            return;
        }
        String first = firstName;
        String last = lastName;
        String chosen = password;
        if (Feedback.attempt("create a login to accept an invitation",
                () -> users.createForInvitation(email, first, last, chosen))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            request.getSession(true);
            request.changeSessionId();
            AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                    withParams().newAuthentication(false).credential(new UsernamePasswordCredential(email, new Password(chosen))));
            if (status == AuthenticationStatus.SUCCESS) {
                Faces.redirect("invitation.xhtml?token=" + token);
            } else {
                Messages.addGlobalError("Your login is made, but signing in failed. Sign in to accept.");
            }
        }
    }

    /** The signed-in invited person accepts, for one of their portals or a new one. */
    public void accept() {
        Long portalId = chosenPortal == null || chosenPortal.isBlank() || "new".equals(chosenPortal) ? null
                : parse(chosenPortal);
        AtomicReference<PartnerInvitations.Accepted> result = new AtomicReference<>();
        String name = newPortalName;
        PortalKind portalKind = newPortalKind;
        if (Feedback.attempt("accept partner invitation", () -> result.set(partnerInvitations.accept(token,
                tenant.requireRealUserId(), portalId, name, portalKind)))) {
            accepted = result.get();
        }
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException tampered) {
            return -1L;
        }
    }

    private boolean samePasswords() {
        if (password == null || !password.equals(confirmation)) {
            Messages.addError(null, "The two passwords differ.");
            return false;
        }
        return true;
    }

    public boolean isSignedIn() {
        return tenant.person().isPresent();
    }

    /** Whether the signed-in person is the invited one (the service checks again). */
    public boolean isInvitedPersonSignedIn() {
        return tenant.person().map(person -> person.email().equalsIgnoreCase(email)).orElse(false);
    }

    /** The portals the signed-in person administers, to accept for. */
    /** Read once per view: a person who signs in on the way gets a new view after the redirect. */
    public List<AccountChoice> getPortals() {
        if (portals == null) {
            portals = tenant.person().map(person -> directory.portalsAdministeredBy(person.userId())).orElse(List.of());
        }
        return portals;
    }

    public String getLoginLink() {
        return "login.xhtml?next=" + URLEncoder.encode("invitation.xhtml?token=" + token, StandardCharsets.UTF_8);
    }

    public List<PortalKind> getPortalKinds() {
        return List.of(PortalKind.values());
    }

    public boolean isPartner() {
        return kind == InvitationKind.PARTNER;
    }

    /** An invitation for a login that exists already, to join a portal or an account. */
    public boolean isJoin() {
        return kind != null && kind.isJoin();
    }

    public Invitations.JoinOffer getJoinOffer() {
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

    public PartnerInvitations.Offer getOffer() {
        return offer;
    }

    public PartnerInvitations.Accepted getAccepted() {
        return accepted;
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getChosenPortal() {
        return chosenPortal;
    }

    public void setChosenPortal(String chosenPortal) {
        this.chosenPortal = chosenPortal;
    }

    public String getNewPortalName() {
        return newPortalName;
    }

    public void setNewPortalName(String newPortalName) {
        this.newPortalName = newPortalName;
    }

    public PortalKind getNewPortalKind() {
        return newPortalKind;
    }

    public void setNewPortalKind(PortalKind newPortalKind) {
        this.newPortalKind = newPortalKind;
    }
}
