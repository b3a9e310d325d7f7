"""Reference data that several stages read: the administrative-unit index (``admin_units``)."""
