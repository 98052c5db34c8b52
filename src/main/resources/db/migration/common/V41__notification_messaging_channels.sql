-- Replies in Zalo Official Account conversations (ZALO_OA) and on the city's Facebook Page (MESSENGER), to the
-- sender's platform user id. The channel column (VARCHAR(10)) already holds the longest name, MESSENGER.
ALTER TABLE notification_message DROP CONSTRAINT notification_message_channel_ck;
ALTER TABLE notification_message ADD CONSTRAINT notification_message_channel_ck
    CHECK (channel IN ('EMAIL', 'SMS', 'ZALO', 'ZALO_OA', 'MESSENGER'));
