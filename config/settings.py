"""Configuration classes: safe defaults, overridden by ``DERMPLUG_*`` environment variables.

Only :mod:`config` reads the environment (see ``config/__init__.py``).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = ROOT / "instance"


class BaseConfig:
    ENV_NAME = "base"
    DEBUG = False
    TESTING = False
    SECRET_KEY: str | None = None
    # SQLite file is the embedded default; DATABASE_URL / DERMPLUG_DATABASE_URL selects PostgreSQL.
    DATABASE_URL = f"sqlite:///{INSTANCE_DIR / 'dermplug.db'}"
    LOG_LEVEL = "INFO"
    LOG_JSON = True
    # Public base URL the EHR calls (used for JWT ``aud`` checks and SMART links); None = from the request.
    PUBLIC_BASE_URL: str | None = None
    # Coding tables (versioned CMS data shipped in server/coding/data).
    CODING_TABLES_DIR = str(ROOT / "server" / "coding" / "data")
    # CDS Hooks
    CDS_TOPIC_SYSTEM = "https://dermplug.org/fhir/CodeSystem/card-topic"
    CDS_JWT_MAX_LIFETIME_SECONDS = 300
    CDS_JWT_LEEWAY_SECONDS = 60
    CDS_JWKS_CACHE_SECONDS = 3600
    CDS_HOOK_DEADLINE_SECONDS = 4.0
    CDS_FHIR_CALL_TIMEOUT_SECONDS = 2.0  # per FHIR fallback request, inside the hook deadline
    CDS_REQUIRE_JWT = True  # forced on in production whatever this says
    CDS_DEFAULT_PRACTICE_ID: str | None = None  # practice used when JWTs are off (development only)
    CDS_NOW: str | None = None  # ISO datetime pinning the hook clock (tests, demos)
    CDS_CORS_ORIGINS = "*"
    # Config-as-code: a JSON/YAML-free JSON file of practices and EHR clients, read at start.
    CLIENTS_CONFIG_FILE: str | None = None
    # Development-only EHR simulator page (/sandbox).
    SANDBOX_ENABLED = False
    SANDBOX_KEY_FILE: str | None = None  # dev-only signing key of the sandbox EHR; default instance/sandbox_key.json
    DEMO_DATA_DIR = str(ROOT / "demo")
    # SMART app
    SMART_CLIENT_ID = "dermplug"
    SMART_SCOPES = "launch openid fhirUser patient/*.read user/Claim.write"
    SMART_HTTP_TIMEOUT_SECONDS = 5.0  # per request to the EHR (discovery, token, FHIR reads)
    SMART_LAUNCH_TTL_SECONDS = 600  # a launch must come back to /app/callback within this
    SMART_SESSION_TTL_SECONDS = 3600  # upper bound of a launched session when the token has no expires_in
    # CSP frame-ancestors of /app pages; None = "'self'" + registered EHR origins ('*' in development).
    SMART_FRAME_ANCESTORS: str | None = None

    REQUIRED_SECRETS: tuple[str, ...] = ()

    @classmethod
    def validate(cls, config: dict) -> None:
        missing = [k for k in cls.REQUIRED_SECRETS if not config.get(k)]
        if missing:
            raise RuntimeError(f"missing required configuration: {', '.join(missing)} (set DERMPLUG_<NAME>)")


class DevelopmentConfig(BaseConfig):
    ENV_NAME = "development"
    DEBUG = False
    SECRET_KEY = "dev-only-not-secret"
    LOG_JSON = False
    SANDBOX_ENABLED = True


class TestingConfig(BaseConfig):
    ENV_NAME = "testing"
    TESTING = True
    SECRET_KEY = "testing-secret"
    DATABASE_URL = "sqlite://"
    LOG_JSON = True
    SANDBOX_ENABLED = True


class ProductionConfig(BaseConfig):
    ENV_NAME = "production"
    REQUIRED_SECRETS = ("SECRET_KEY", "DATABASE_URL", "PUBLIC_BASE_URL")
    # The biller app runs inside the EHR's iframe (a third-party context): its session cookie must be
    # SameSite=None; Secure, or the browser drops it between launch and callback.
    SESSION_COOKIE_SAMESITE = "None"
    SESSION_COOKIE_SECURE = True
    DATABASE_URL = None  # type: ignore[assignment]


CONFIGS: dict[str, type[BaseConfig]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
