package org.switchboard.client.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.switchboard.client.boundary.JobService;
import org.switchboard.client.boundary.JobService.JobDetails;
import org.switchboard.client.entity.Job;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.tenancy.Tenant;

import java.io.Serializable;
import java.util.List;

/** client/jobs.xhtml: the account's jobs, paged in the database, with a form to add or edit one. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    Tenant tenant;

    private Long editing;

    @NotBlank(message = "Give the job a title.")
    @Size(max = 200, message = "A title has at most 200 characters.")
    private String title;

    @Size(max = 200, message = "A location has at most 200 characters.")
    private String location;

    @Size(max = 200, message = "A department has at most 200 characters.")
    private String department;

    private LazyDataModel<Job> model;

    @PostConstruct
    void init() {
        long clientId = tenant.requireClientId();
        model = PagedTable.of(JobService.class, jobs -> jobs.countOf(clientId, null),
                (jobs, first, size) -> jobs.jobsOf(clientId, null, first, size), Job::getId);
    }

    public void startNew() {
        editing = null;
        title = null;
        location = null;
        department = null;
    }

    public void startEdit(long jobId) {
        Job job = jobs.jobOf(tenant.requireClientId(), jobId);
        editing = job.getId();
        title = job.getTitle();
        location = job.getLocation();
        department = job.getDepartment();
    }

    public void save() {
        long client = tenant.requireClientId();
        long actor = tenant.requireUserId();
        JobDetails details = new JobDetails(title, location, department);
        boolean saved = Feedback.attempt("save job in client " + client, () -> {
            if (editing == null) {
                jobs.create(client, actor, details);
            } else {
                jobs.update(client, editing, actor, details);
            }
        });
        if (saved) {
            Messages.addGlobalInfo(editing == null ? "Job opened." : "Job saved.");
            startNew();
            org.primefaces.PrimeFaces.current().executeScript("PF('jobDialog').hide()");
        }
    }

    public void close(long jobId) {
        if (Feedback.attempt("close job " + jobId, () -> jobs.close(tenant.requireClientId(), jobId, tenant.requireUserId()))) {
            Messages.addGlobalInfo("Job closed.");
        }
    }

    public void reopen(long jobId) {
        if (Feedback.attempt("reopen job " + jobId, () -> jobs.reopen(tenant.requireClientId(), jobId, tenant.requireUserId()))) {
            Messages.addGlobalInfo("Job reopened.");
        }
    }

    public LazyDataModel<Job> getModel() {
        return model;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
