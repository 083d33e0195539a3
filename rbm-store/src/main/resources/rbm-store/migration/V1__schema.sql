-- The rbm-store schema, version 1. Portable SQL: the same script runs on H2 and PostgreSQL.

-- Documents as versions: each save is a row; the body is the project's JSON (RbmJson).
CREATE TABLE rbm_document (
  doc_type    VARCHAR(40)  NOT NULL,
  doc_key     VARCHAR(200) NOT NULL,
  version     INTEGER      NOT NULL,
  saved_at    BIGINT       NOT NULL,
  author      VARCHAR(200) NOT NULL,
  body        TEXT         NOT NULL,
  PRIMARY KEY (doc_type, doc_key, version)
);

-- Append-only event streams: the value as recorded, then its events in order.
CREATE TABLE rbm_stream (
  kind        VARCHAR(40)  NOT NULL,
  stream_key  VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  created_at  BIGINT       NOT NULL,
  author      VARCHAR(200) NOT NULL,
  start_body  TEXT         NOT NULL,
  PRIMARY KEY (kind, stream_key)
);

CREATE TABLE rbm_stream_event (
  kind        VARCHAR(40)  NOT NULL,
  stream_key  VARCHAR(200) NOT NULL,
  pos         BIGINT       NOT NULL,
  happened_on DATE         NOT NULL,
  actor       VARCHAR(200) NOT NULL,
  note        TEXT,         -- a JSON string
  body        TEXT         NOT NULL,
  recorded_at BIGINT       NOT NULL,
  PRIMARY KEY (kind, stream_key, pos),
  FOREIGN KEY (kind, stream_key) REFERENCES rbm_stream (kind, stream_key)
);

-- Evaluation follow-up, relational so that the tracking queries run in SQL.
CREATE TABLE rbm_evaluation (
  evaluation_id VARCHAR(1000) NOT NULL PRIMARY KEY,
  ord           BIGINT        NOT NULL,
  title         TEXT          NOT NULL,
  eval_type     VARCHAR(60)   NOT NULL,
  region        VARCHAR(60),
  start_date    DATE          NOT NULL,
  report_date   DATE          NOT NULL,
  report_year   INTEGER       NOT NULL,
  evaluator     TEXT          NOT NULL
);

CREATE TABLE rbm_recommendation (
  evaluation_id     VARCHAR(1000) NOT NULL REFERENCES rbm_evaluation (evaluation_id),
  pos               INTEGER       NOT NULL,
  recommendation_id VARCHAR(1000) NOT NULL,
  body              TEXT          NOT NULL,
  addressee         TEXT          NOT NULL,
  decision          VARCHAR(40),
  reasons           TEXT,
  response_date     DATE,
  PRIMARY KEY (evaluation_id, pos)
);

CREATE TABLE rbm_action (
  evaluation_id VARCHAR(1000) NOT NULL,
  rec_pos       INTEGER       NOT NULL,
  pos           INTEGER       NOT NULL,
  action_id     VARCHAR(1000) NOT NULL,
  description   TEXT          NOT NULL,
  action_owner  TEXT          NOT NULL,
  due           DATE          NOT NULL,
  recorded_on   DATE          NOT NULL,
  initial_state VARCHAR(40)   NOT NULL,
  state         VARCHAR(40)   NOT NULL,
  PRIMARY KEY (evaluation_id, rec_pos, pos),
  FOREIGN KEY (evaluation_id, rec_pos) REFERENCES rbm_recommendation (evaluation_id, pos)
);

CREATE TABLE rbm_action_transition (
  evaluation_id VARCHAR(1000) NOT NULL,
  rec_pos       INTEGER       NOT NULL,
  action_pos    INTEGER       NOT NULL,
  pos           INTEGER       NOT NULL,
  from_state    VARCHAR(40)   NOT NULL,
  to_state      VARCHAR(40)   NOT NULL,
  event_kind    VARCHAR(100)  NOT NULL,
  happened_on   DATE          NOT NULL,
  actor         TEXT          NOT NULL,
  note          TEXT,
  PRIMARY KEY (evaluation_id, rec_pos, action_pos, pos),
  FOREIGN KEY (evaluation_id, rec_pos, action_pos)
    REFERENCES rbm_action (evaluation_id, rec_pos, pos)
);

CREATE INDEX rbm_action_due ON rbm_action (due);
CREATE INDEX rbm_evaluation_report ON rbm_evaluation (report_date);
