-- Zalo and Facebook messages that the webhooks answered without filing them (a photo, a sticker: only text is taken),
-- so that a platform retrying the same delivery does not get the reply twice. Text messages are deduplicated by
-- feedback_message instead. Rows older than a week are deleted: platforms retry for hours, not days.
CREATE TABLE feedback_webhook_receipt (
    channel     VARCHAR(15)  NOT NULL,
    message_id  VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT feedback_webhook_receipt_pk PRIMARY KEY (channel, message_id)
);
CREATE INDEX feedback_webhook_receipt_received_idx ON feedback_webhook_receipt (received_at);
