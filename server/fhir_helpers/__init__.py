"""Pure helpers over FHIR R4 JSON and ``fhir.resources.R4B`` (no Flask, SQLAlchemy or HTTP)."""
