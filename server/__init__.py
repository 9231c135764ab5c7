"""dermplug server package. Importing ``server.coding`` or ``server.claims`` must not pull in Flask."""
