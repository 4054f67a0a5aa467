package org.switchboard.testsupport.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail on the test SMTP address for a single test method, for in-container test classes: they
 * cannot hold GreenMail in a field or signature, since the class is loaded in the server as well,
 * where GreenMail is not deployed.
 */
public final class Mailbox implements AutoCloseable {

    private final GreenMail smtp = new GreenMail(new ServerSetup(Smtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public static Mailbox start() {
        Mailbox mailbox = new Mailbox();
        mailbox.smtp.start();
        return mailbox;
    }

    /**
     * The text of the e-mail to this address whose subject ends with the given one, waiting up to
     * 15 s: the outbox sends after commit, on its own thread.
     */
    public String textTo(String recipient, String subjectEnd) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        do {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject() != null && message.getSubject().endsWith(subjectEnd)) {
                    return String.valueOf(message.getContent());
                }
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("No e-mail to " + recipient + " about " + subjectEnd);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
