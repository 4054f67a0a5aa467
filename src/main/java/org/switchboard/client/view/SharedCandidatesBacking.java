package org.switchboard.client.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.switchboard.client.boundary.CandidateSharing;
import org.switchboard.client.boundary.SharedCandidate;
import org.switchboard.client.control.NamePrefix;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * client/shared-candidates.xhtml: a recruiter searches the candidates the portal's other accounts
 * share, opens one's profile and copies them into a job of their own. The service decides what is
 * shared at every request; this bean only holds what was typed and picked.
 */
@Named
@ViewScoped
public class SharedCandidatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A job of the account's own that a candidate can be copied into. */
    public record JobOption(long id, String title) implements Serializable {
    }

    @Inject
    CandidateSharing sharing;

    @Inject
    Tenant tenant;

    private String q;
    /** The search the results are of; none until a search is run. */
    private String searched;
    private LazyDataModel<SharedCandidate> results = results(0, 0, null);
    private SharedCandidate profile;
    private List<JobOption> openJobs;
    private Long targetJobId;

    /** Runs the typed search; text the service refuses leaves the previous results and says why. */
    public void search() {
        String text = q;
        AtomicLong found = new AtomicLong();
        if (Feedback.attempt("search shared candidates of client " + tenant.requireClientId(),
                () -> found.set(sharing.count(tenant.requireClientId(), tenant.requireUserId(), text)))) {
            searched = text;
            results = results(tenant.requireClientId(), tenant.requireUserId(), text);
            if (!NamePrefix.isTooShort(text) && found.get() == 0) {
                Messages.addGlobalInfo("No shared candidate's name starts with “" + text.strip() + "”.");
            }
        }
    }

    public void openProfile(long candidateId) {
        AtomicReference<SharedCandidate> found = new AtomicReference<>();
        if (Feedback.attempt("open shared candidate " + candidateId,
                () -> found.set(sharing.profile(tenant.requireClientId(), tenant.requireUserId(), candidateId)))) {
            profile = found.get();
            targetJobId = null;
            PrimeFaces.current().executeScript("PF('profile').show()");
        }
    }

    public void copy() {
        SharedCandidate candidate = profile;
        Long jobId = targetJobId;
        if (candidate == null) {
            return;
        }
        if (jobId == null) {
            Messages.addGlobalError("Choose one of your open jobs to copy " + candidate.fullName() + " into.");
            return;
        }
        if (Feedback.attempt("copy shared candidate " + candidate.id() + " to job " + jobId,
                () -> sharing.copy(tenant.requireClientId(), tenant.requireUserId(), candidate.id(), jobId))) {
            String title = getOpenJobs().stream().filter(job -> job.id() == jobId).map(JobOption::title).findFirst().orElse("the job");
            Messages.addGlobalInfo(candidate.fullName() + " was copied to “" + title + "” from " + candidate.sourceClientName() + ".");
            PrimeFaces.current().executeScript("PF('profile').hide()");
        }
    }

    public List<JobOption> getOpenJobs() {
        if (openJobs == null) {
            openJobs = sharing.openJobsOf(tenant.requireClientId(), tenant.requireUserId()).stream()
                    .map(job -> new JobOption(job.getId(), job.getTitle())).toList();
        }
        return openJobs;
    }

    public String getEmptyMessage() {
        return NamePrefix.isTooShort(searched) ? "Type at least " + NamePrefix.MIN_LENGTH + " letters of a name."
                : "No shared candidates match.";
    }

    public LazyDataModel<SharedCandidate> getResults() {
        return results;
    }

    public SharedCandidate getProfile() {
        return profile;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getTargetJobId() {
        return targetJobId;
    }

    public void setTargetJobId(Long targetJobId) {
        this.targetJobId = targetJobId;
    }

    /** Text too short to search by finds nobody, without asking the database. */
    private static LazyDataModel<SharedCandidate> results(long clientId, long userId, String text) {
        return PagedTable.of(CandidateSharing.class,
                sharing -> NamePrefix.isTooShort(text) ? 0 : sharing.count(clientId, userId, text),
                (sharing, first, size) -> NamePrefix.isTooShort(text) ? List.of()
                        : sharing.search(clientId, userId, text, first, size), SharedCandidate::id);
    }
}
