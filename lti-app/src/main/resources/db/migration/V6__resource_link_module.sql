-- The module a resource link names in its custom parameters (NULL: the link opens the module list).
ALTER TABLE lti_resource_link ADD COLUMN module_id VARCHAR(64);
