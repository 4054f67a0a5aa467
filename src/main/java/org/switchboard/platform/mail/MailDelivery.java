package org.switchboard.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends outbox messages through the server's mail session {@code mail/switchboard}: right after
 * their transaction commits, and every minute whatever is due (first sends that did not happen,
 * retries). No transaction is held open while talking to the mail server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "mail/switchboard")
    Session session;

    @Inject
    MailClaims claims;

    public void deliver(long id) {
        Optional<MailMessage> claimed = claims.claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        MailMessage message = claimed.get();
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom();
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), "UTF-8");
            mime.setText(message.getBody(), "UTF-8");
            mime.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(mime);
            claims.sent(id);
            LOG.fine(() -> "Sent mail " + id + " (" + message.getKind() + ") to " + message.getRecipient());
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not send mail " + id + " (" + message.getKind() + ") to "
                    + message.getRecipient() + "; it will be tried again", failed);
            claims.failed(id, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Send due outbox mail")
    public void sendDue() {
        claims.due(100).forEach(this::deliver);
    }
}
