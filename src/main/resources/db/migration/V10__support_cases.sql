-- Switchboard V10: support cases a client (or its partner on a visit) opens with the vendor, their
-- thread of replies and their attachments. Attachments live in the database, so that a backup of
-- the database is a backup of everything a case holds.

CREATE SEQUENCE support_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_reply_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_case (
    id              BIGINT        NOT NULL PRIMARY KEY,
    client_id       BIGINT        NOT NULL REFERENCES client_account (id),
    subject         VARCHAR(200)  NOT NULL,
    description     VARCHAR(5000) NOT NULL,
    priority        VARCHAR(8)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    -- The signed-in person who opened it (a partner on a visit answers for it), whom operators answer.
    opened_by       BIGINT        NOT NULL REFERENCES app_user (id),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT support_case_priority_ck CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT support_case_status_ck CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'SOLVED'))
);
-- A client's list, the operators' list by status, and a portal's open cases across its clients.
CREATE INDEX support_case_client_idx ON support_case (client_id, updated_at, id);
CREATE INDEX support_case_status_idx ON support_case (status, updated_at, id);
CREATE INDEX support_case_client_status_idx ON support_case (client_id, status);

CREATE TABLE case_reply (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES support_case (id),
    author_id       BIGINT        NOT NULL REFERENCES app_user (id),
    -- Whether the vendor's support team wrote it (else the client's side did).
    from_support    BOOLEAN       NOT NULL,
    body            VARCHAR(5000) NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_reply_case_idx ON case_reply (case_id, written_at, id);

CREATE TABLE case_attachment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES support_case (id),
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    -- BYTEA: binary in both H2 and PostgreSQL; read only when downloaded, never in lists.
    content         BYTEA         NOT NULL,
    added_by        BIGINT        NOT NULL REFERENCES app_user (id),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id, id);
