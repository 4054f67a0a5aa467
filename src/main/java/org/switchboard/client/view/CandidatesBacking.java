package org.switchboard.client.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.switchboard.client.boundary.CandidateService;
import org.switchboard.client.boundary.JobService;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.Stage;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.tenancy.Tenant;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** client/candidates.xhtml?job=ID: one job's candidates, an application form and the stages. */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateService candidates;

    @Inject
    JobService jobs;

    @Inject
    Tenant tenant;

    private Long jobId;
    private String jobTitle;
    private boolean jobOpen;

    @NotBlank(message = "Enter the candidate's name.")
    @Size(max = 200, message = "A name has at most 200 characters.")
    private String fullName;

    @NotBlank(message = "Enter the candidate's e-mail address.")
    @Email(message = "Enter a valid e-mail address.")
    @Size(max = 254, message = "An e-mail address has at most 254 characters.")
    private String email;

    /** Loads the job named in the URL; a job of another account, or none, is a 404. */
    public void load() throws IOException {
        try {
            Job job = jobs.jobOf(tenant.requireClientId(), jobId == null ? -1 : jobId);
            jobTitle = job.getTitle();
            jobOpen = job.isOpen();
        } catch (NotFound | jakarta.ejb.EJBException notHere) {
            Faces.responseSendError(404, "No such job");
            Faces.responseComplete();
        }
    }

    /** The stage picked in each row's menu, keyed by candidate id. */
    private final HashMap<Long, Stage> chosenStages = new HashMap<>();

    private transient List<Candidate> loaded;

    public List<Candidate> getCandidates() {
        if (loaded == null) {
            loaded = candidates.candidatesOf(tenant.requireClientId(), jobId);
            loaded.forEach(candidate -> chosenStages.put(candidate.getId(), candidate.getStage()));
        }
        return loaded;
    }

    public Map<Long, Stage> getChosenStages() {
        return chosenStages;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public void apply() {
        boolean applied = Feedback.attempt("apply to job " + jobId,
                () -> candidates.apply(tenant.requireClientId(), jobId, tenant.requireUserId(), fullName, email));
        if (applied) {
            Messages.addGlobalInfo(fullName.strip() + " applied.");
            fullName = null;
            email = null;
            loaded = null;
        }
    }

    public void moveTo(long candidateId) {
        Stage stage = chosenStages.get(candidateId);
        if (stage != null && Feedback.attempt("move candidate " + candidateId,
                () -> candidates.moveTo(tenant.requireClientId(), candidateId, stage, tenant.requireUserId()))) {
            Messages.addGlobalInfo("Moved to " + stage.label() + ".");
        }
        loaded = null;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isJobOpen() {
        return jobOpen;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
