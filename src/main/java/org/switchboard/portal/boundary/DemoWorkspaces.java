package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.ClientFigures;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.client.entity.Candidate;
import org.switchboard.client.entity.Job;
import org.switchboard.client.entity.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Sample jobs, candidates in every stage and 90 days of activity for the demo client accounts, so
 * that the Welcome, Accounts and details pages show something true to life.
 */
@Stateless
public class DemoWorkspaces {

    private static final String[][] JOBS = {
            {"Barista", "Harbour front", "Front of house"}, {"Shift supervisor", "Harbour front", "Operations"},
            {"Warehouse operative", "Leeds", "Logistics"}, {"Dental nurse", "Bristol", "Clinical"},
            {"Account manager", "Remote", "Sales"}, {"Site manager", "Manchester", "Construction"},
            {"Veterinary receptionist", "York", "Front desk"}, {"Software engineer", "Remote", "Engineering"},
            {"Paralegal", "London", "Legal"}, {"Head chef", "Brighton", "Kitchen"}, {"Spa therapist", "Bath", "Wellness"}};
    private static final String[] PEOPLE = {"Ada Byrne", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eve Larsen",
            "Farid Haddad", "Grace Kim", "Hugo Silva", "Isla Murphy", "Jonas Weber", "Keira Walsh", "Luca Romano"};

    private static final int[] OPENED_DAYS_AGO = {80, 60, 42, 26, 12, 2};

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityLog activity;

    @Inject
    ClientFigures figures;

    @Inject
    Clock clock;

    /** Adds the sample work, then brings every account's figures in line with it in one pass. */
    public void fill(List<ClientAccount> clients) {
        Random random = new Random(42);
        Instant now = clock.instant();
        for (ClientAccount client : clients) {
            if (client.getStatus() == ClientStatus.CANCELLED || client.getStatus() == ClientStatus.EXPIRED) {
                continue;
            }
            int jobs = 2 + random.nextInt(3);
            for (int j = 0; j < jobs; j++) {
                String[] template = JOBS[random.nextInt(JOBS.length)];
                Instant opened = now.minus(Duration.ofDays(1 + random.nextInt(85))).minus(Duration.ofMinutes(random.nextInt(600)));
                Job job = new Job(client, template[0], template[1], template[2], opened);
                em.persist(job);
                activity.recordPast(client, ActivityType.JOB_CREATED, "Opened the job “" + job.getTitle() + "”", opened);
                addCandidates(client, job, opened, now, random);
                if (random.nextInt(5) == 0) {
                    Instant closed = opened.plus(Duration.ofDays(1 + random.nextInt(3)));
                    job.close(closed);
                    activity.recordPast(client, ActivityType.JOB_CLOSED, "Closed the job “" + job.getTitle() + "”", closed);
                }
            }
        }
        em.flush();
        clients.forEach(client -> activity.catchUpLastActivity(client.getId()));
        figures.recountAll();
    }

    /**
     * A portal's demo account's work, the same on every call but dated back from {@code now}: jobs
     * opened over the last 90 days, candidates in every stage, and the activity that tells of them.
     * Figures are left to the caller, who recounts the one account.
     */
    public void sample(ClientAccount client, Instant now) {
        Random random = new Random(7);
        Stage[] stages = Stage.values();
        int next = 0;
        for (int j = 0; j < OPENED_DAYS_AGO.length; j++) {
            String[] template = JOBS[(j * 3) % JOBS.length];
            // Spread over the last 90 days, the newest job two days old, so the account always looks busy today.
            Instant opened = now.minus(Duration.ofDays(OPENED_DAYS_AGO[j])).minus(Duration.ofMinutes(random.nextInt(600)));
            Job job = new Job(client, template[0], template[1], template[2], opened);
            em.persist(job);
            activity.recordPast(client, ActivityType.JOB_CREATED, "Opened the job “" + job.getTitle() + "”", opened);
            for (int c = 0; c < 3 + random.nextInt(3); c++) {
                String name = PEOPLE[(j + c * 5) % PEOPLE.length];
                Instant applied = opened.plus(Duration.ofHours(6 + random.nextInt(24 * 8)));
                if (applied.isAfter(now)) {
                    applied = now.minus(Duration.ofHours(1 + c));
                }
                Candidate candidate = new Candidate(job, name, name.toLowerCase().replace(' ', '.').replace("é", "e")
                        + "." + j + c + "@mail.example", applied);
                em.persist(candidate);
                activity.recordPast(client, ActivityType.CANDIDATE_APPLIED, name + " applied to “" + job.getTitle() + "”", applied);
                // Stages taken in turn, so that every stage has candidates whatever the dates.
                Stage stage = stages[next++ % stages.length];
                Instant moved = applied.plus(Duration.ofMinutes(30 + random.nextInt(600)));
                if (stage != Stage.APPLIED && moved.isBefore(now)) {
                    candidate.moveTo(stage, moved);
                    activity.recordPast(client, ActivityType.CANDIDATE_MOVED,
                            name + " moved to " + stage.label() + " for “" + job.getTitle() + "”", moved);
                }
            }
            if (j == 0) {
                Instant closed = now.minus(Duration.ofDays(20));
                job.close(closed);
                activity.recordPast(client, ActivityType.JOB_CLOSED, "Closed the job “" + job.getTitle() + "”", closed);
            }
        }
        activity.catchUpLastActivity(client.getId());
    }

    private void addCandidates(ClientAccount client, Job job, Instant opened, Instant now, Random random) {
        int count = random.nextInt(6);
        for (int c = 0; c < count; c++) {
            String name = PEOPLE[random.nextInt(PEOPLE.length)];
            Instant applied = opened.plus(Duration.ofHours(6 + random.nextInt(24 * 10)));
            if (applied.isAfter(now)) {
                applied = now.minus(Duration.ofHours(1 + c));
            }
            String email = name.toLowerCase().replace(' ', '.').replace("é", "e") + "." + job.getTitle().length() + c
                    + "@mail.example";
            Candidate candidate = new Candidate(job, name, email, applied);
            em.persist(candidate);
            activity.recordPast(client, ActivityType.CANDIDATE_APPLIED, name + " applied to “" + job.getTitle() + "”", applied);
            Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
            if (stage != Stage.APPLIED) {
                Instant moved = applied.plus(Duration.ofHours(12 + random.nextInt(72)));
                if (moved.isBefore(now)) {
                    candidate.moveTo(stage, moved);
                    activity.recordPast(client, ActivityType.CANDIDATE_MOVED,
                            name + " moved to " + stage.label() + " for “" + job.getTitle() + "”", moved);
                }
            }
        }
    }
}
