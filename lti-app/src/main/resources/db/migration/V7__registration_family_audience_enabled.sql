-- The LMS product (for its known differences), the client assertion's aud when the platform names one, and the
-- admin's switch. Existing registrations keep working: family OTHER, default audience, enabled.
ALTER TABLE lti_registration ADD COLUMN platform_family VARCHAR(32) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE lti_registration ADD COLUMN token_audience VARCHAR(2048);
ALTER TABLE lti_registration ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
