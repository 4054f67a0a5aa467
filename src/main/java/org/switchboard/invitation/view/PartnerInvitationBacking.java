package org.switchboard.invitation.view;

import jakarta.annotation.PostConstruct;
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
import org.switchboard.invitation.boundary.PartnerInvitations;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.platform.faces.ChosenPassword;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * invitation.xhtml's partner part: a partner invited by a client signs in (or creates a login) as
 * the invited address and accepts for one of their portals or a new one. The link itself, its
 * token and whether it can be accepted, are {@link InvitationBacking}'s.
 */
@Named
@ViewScoped
public class PartnerInvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationBacking invitation;

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

    private PartnerInvitations.Offer offer;
    private PartnerInvitations.Accepted accepted;
    private List<AccountChoice> portals;

    private String firstName;
    private String lastName;
    private final ChosenPassword chosen = new ChosenPassword();
    private String chosenPortal;
    private String newPortalName;
    private PortalKind newPortalKind = PortalKind.SERVICE_PROVIDER;

    /** First used when the page renders the partner part, after the link was read. */
    @PostConstruct
    void load() {
        offer = partnerInvitations.offer(invitation.getToken()).orElse(null);
    }

    /** A partner without a login creates one for the invited address, and is signed in with it. */
    public void createLogin() {
        var password = chosen.agreed("signup:confirmation");
        if (password.isEmpty()) {
            return;
        }
        String email = invitation.getEmail();
        String first = firstName;
        String last = lastName;
        String typed = password.get();
        if (Feedback.attempt("create a login to accept an invitation",
                () -> users.createForInvitation(email, first, last, typed))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            request.getSession(true);
            request.changeSessionId();
            AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                    withParams().newAuthentication(false).credential(new UsernamePasswordCredential(email, new Password(typed))));
            if (status == AuthenticationStatus.SUCCESS) {
                Faces.redirect("invitation.xhtml?token=" + invitation.getToken());
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
        String token = invitation.getToken();
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

    /** The portals the signed-in person administers, to accept for; read once per view (signing in on the way makes a new view). */
    public List<AccountChoice> getPortals() {
        if (portals == null) {
            portals = tenant.person().map(person -> directory.portalsAdministeredBy(person.userId())).orElse(List.of());
        }
        return portals;
    }

    public List<PortalKind> getPortalKinds() {
        return List.of(PortalKind.values());
    }

    public PartnerInvitations.Offer getOffer() {
        return offer;
    }

    public PartnerInvitations.Accepted getAccepted() {
        return accepted;
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

    public ChosenPassword getChosen() {
        return chosen;
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
