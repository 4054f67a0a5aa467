package org.switchboard.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.switchboard.platform.faces.Feedback;

import java.util.List;

/** admin/mail.xhtml: e-mail that has not gone out, why, and trying it again. */
@Named
@RequestScoped
public class MailBacking {

    @Inject
    Outbox outbox;

    private List<MailMessage> unsent;
    private long failed;
    private long pending;

    @PostConstruct
    void load() {
        unsent = outbox.unsent(200);
        failed = outbox.countOf(MailStatus.FAILED);
        pending = outbox.countOf(MailStatus.PENDING);
    }

    public void retry(long id) {
        if (Feedback.attempt("retry mail " + id, () -> outbox.retry(id))) {
            Messages.addGlobalInfo("Tried again; the list shows how it went.");
        }
        load();
    }

    public List<MailMessage> getUnsent() {
        return unsent;
    }

    public long getFailed() {
        return failed;
    }

    public long getPending() {
        return pending;
    }
}
