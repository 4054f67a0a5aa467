package org.switchboard.support.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.switchboard.platform.faces.Feedback;
import org.switchboard.platform.faces.PagedTable;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.tenancy.Tenant;
import org.switchboard.support.boundary.CaseForm;
import org.switchboard.support.boundary.CaseRow;
import org.switchboard.support.boundary.CaseView;
import org.switchboard.support.boundary.SupportCases;
import org.switchboard.support.control.AttachmentCheck;
import org.switchboard.support.entity.CasePriority;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * client/support.xhtml: the account's support cases and a form to open one; with ?case=N, that
 * case's thread, files and a reply form. Another account's case is a 404.
 */
@Named
@ViewScoped
public class SupportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportCases cases;

    @Inject
    Tenant tenant;

    private Long caseId;
    private CaseView view;
    private LazyDataModel<CaseRow> model;
    private boolean mayWrite;

    @NotBlank(message = "Give the case a subject.")
    @Size(max = 200, message = "A subject has at most 200 characters.")
    private String subject;

    @NotBlank(message = "Describe what happened.")
    @Size(max = 5000, message = "A description has at most 5,000 characters.")
    private String description;

    @NotNull(message = "Choose a priority.")
    private CasePriority priority = CasePriority.NORMAL;

    @Size(max = 5000, message = "A reply has at most 5,000 characters.")
    private String reply;

    // Only ever held for the request that uploads it.
    private transient UploadedFile file;

    public void load() throws IOException {
        long client = tenant.requireClientId();
        long user = tenant.requireUserId();
        mayWrite = cases.mayWrite(client, user);
        if (caseId == null) {
            model = PagedTable.of(SupportCases.class, cases -> cases.countOf(client, user),
                    (cases, first, size) -> cases.casesOf(client, user, first, size), CaseRow::id);
            return;
        }
        try {
            view = cases.view(client, caseId, user);
        } catch (NotFound | NotPermitted | jakarta.ejb.EJBException notHere) {
            Faces.responseSendError(404, "No such support case");
            Faces.responseComplete();
        }
    }

    public String openCase() {
        long client = tenant.requireClientId();
        CaseForm form = new CaseForm(subject, description, priority);
        long[] opened = new long[1];
        boolean saved = Feedback.attempt("open support case in client " + client, () ->
                opened[0] = cases.open(client, tenant.requireUserId(), tenant.requireRealUserId(), form, Uploads.of(file)));
        file = null;
        if (!saved) {
            return null;
        }
        Messages.addFlashGlobalInfo("Your case is open: support will answer here and by e-mail.");
        return "/client/support?faces-redirect=true&case=" + opened[0];
    }

    public String sendReply() {
        long client = tenant.requireClientId();
        String body = reply;
        SupportCases.Replied[] outcome = new SupportCases.Replied[1];
        boolean saved = Feedback.attempt("reply to support case " + caseId, () -> outcome[0] = cases.reply(client, caseId,
                tenant.requireUserId(), tenant.requireRealUserId(), body, Uploads.of(file)));
        file = null;
        if (!saved) {
            return null;
        }
        Messages.addFlashGlobalInfo(outcome[0].reopened()
                ? "Reply sent. The case was solved, so it is open again." : "Reply sent.");
        return "/client/support?faces-redirect=true&case=" + caseId;
    }

    public StreamedContent download(long attachmentId) {
        return Uploads.stream(cases.download(tenant.requireClientId(), caseId, attachmentId, tenant.requireUserId()));
    }

    public String getAllowedFiles() {
        return AttachmentCheck.allowedExtensions() + ", up to 10 MB a file, " + AttachmentCheck.MAX_FILES_PER_CASE
                + " files and " + AttachmentCheck.MAX_BYTES_PER_CASE / (1024 * 1024) + " MB a case";
    }

    /** Told to the browser, which refuses a larger file before sending it. */
    public long getMaxFileBytes() {
        return AttachmentCheck.MAX_BYTES;
    }

    public CasePriority[] getPriorities() {
        return CasePriority.values();
    }

    public LazyDataModel<CaseRow> getModel() {
        return model;
    }

    public CaseView getView() {
        return view;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
