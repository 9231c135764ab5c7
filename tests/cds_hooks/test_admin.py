"""EHR-admin CLI (practices / clients) and config-as-code read at app start."""

from __future__ import annotations

import json

import pytest

EPIC_ISS = "https://fhir.riverside.example/api/FHIR/R4"
EPIC_JWKS = "https://fhir.riverside.example/api/epic/2019/Security/Open/PublicKeys/530013/530013"


def invoke(app, *args):
    result = app.test_cli_runner().invoke(args=list(args))
    return result


def test_practices_and_clients_cli(app, tmp_path, cds_keys):
    r = invoke(
        app, "practices", "add", "riverside", "Riverside Dermatology", "--npi", "1245319599", "--pos", "11"
    )
    assert r.exit_code == 0, r.output
    assert json.loads(invoke(app, "practices", "list").output) == [
        {"id": "riverside", "name": "Riverside Dermatology", "npi": "1245319599"}
    ]
    r = invoke(
        app,
        "clients",
        "add",
        EPIC_ISS,
        "--practice",
        "riverside",
        "--vendor",
        "epic",
        "--jwks-url",
        EPIC_JWKS,
        "--service",
        "derm-visit-coding",
        "--service",
        "derm-order-review",
    )
    assert r.exit_code == 0, r.output
    keys = tmp_path / "jwks.json"
    keys.write_text(json.dumps(cds_keys.jwks()))
    r = invoke(
        app,
        "clients",
        "add",
        "https://cds-hooks.cerner.com",
        "--practice",
        "riverside",
        "--vendor",
        "oracle",
        "--jwks-file",
        str(keys),
        "--jku",
        "https://authorization.cerner.com/jwk",
    )
    assert r.exit_code == 0, r.output
    rows = {c["issuer"]: c for c in json.loads(invoke(app, "clients", "list").output)}
    assert rows[EPIC_ISS]["services"] == ["derm-visit-coding", "derm-order-review"]
    assert rows[EPIC_ISS]["jwks_url"] == EPIC_JWKS
    assert rows["https://cds-hooks.cerner.com"]["stored_keys"] == 2
    assert rows["https://cds-hooks.cerner.com"]["services"] == "all"
    assert invoke(app, "clients", "revoke", EPIC_ISS).exit_code == 0
    rows = {c["issuer"]: c for c in json.loads(invoke(app, "clients", "list").output)}
    assert rows[EPIC_ISS]["enabled"] is False
    assert invoke(app, "clients", "revoke", "https://nobody.example").exit_code != 0


def test_clients_add_validates(app):
    invoke(app, "practices", "add", "riverside", "Riverside")
    r = invoke(app, "clients", "add", EPIC_ISS, "--practice", "nope", "--jwks-url", EPIC_JWKS)
    assert r.exit_code != 0 and "unknown practice_id" in r.output
    r = invoke(app, "clients", "add", EPIC_ISS, "--practice", "riverside")
    assert r.exit_code != 0 and "needs jwks" in r.output


def config_doc(cds_keys, **client_overrides):
    client = {
        "issuer": "https://ehr.config.example",
        "practice_id": "cfg-derm",
        "name": "Config EHR",
        "vendor": "epic",
        "jwks": cds_keys.jwks(),
        "enabled_services": ["derm-order-review"],
    }
    client.update(client_overrides)
    return {
        "practices": [
            {
                "id": "cfg-derm",
                "name": "Config Dermatology",
                "npi": "1234567893",
                "settings": {"place_of_service": "11"},
            }
        ],
        "clients": [client],
    }


def test_config_file_is_applied_at_start_idempotently(make_app, tmp_path, cds_keys, cds_jwt, cds_fixture):
    path = tmp_path / "clients.json"
    path.write_text(json.dumps(config_doc(cds_keys)))
    app = make_app(CLIENTS_CONFIG_FILE=str(path))
    make_app(CLIENTS_CONFIG_FILE=str(path))  # second start: same state, no duplicates
    rows = json.loads(invoke(app, "clients", "list").output)
    assert [r["issuer"] for r in rows] == ["https://ehr.config.example"]
    # the configured client can call the service it is enabled for, and only that one
    url = "http://localhost/cds-services/derm-order-review"
    body = cds_fixture("order-sign__prefetch-complete.json")
    c = app.test_client()
    ok = c.post(
        "/cds-services/derm-order-review",
        json=body,
        headers={"Authorization": f"Bearer {cds_jwt(url, iss='https://ehr.config.example')}"},
    )
    assert ok.status_code == 200
    url2 = "http://localhost/cds-services/derm-chart-review"
    denied = c.post(
        "/cds-services/derm-chart-review",
        json=cds_fixture("patient-view__prefetch-complete.json"),
        headers={"Authorization": f"Bearer {cds_jwt(url2, iss='https://ehr.config.example')}"},
    )
    assert denied.status_code == 403


def test_clients_absent_from_the_file_are_not_deleted(make_app, app, tmp_path, cds_keys):
    invoke(app, "practices", "add", "cfg-derm", "Config Dermatology")
    assert (
        invoke(
            app,
            "clients",
            "add",
            "https://cli.example",
            "--practice",
            "cfg-derm",
            "--jku",
            "https://cli.example/jwks",
        ).exit_code
        == 0
    )
    path = tmp_path / "clients.json"
    path.write_text(json.dumps(config_doc(cds_keys)))
    make_app(CLIENTS_CONFIG_FILE=str(path))
    issuers = {r["issuer"] for r in json.loads(invoke(app, "clients", "list").output)}
    assert issuers == {"https://cli.example", "https://ehr.config.example"}
    # a client disabled in the file is disabled
    path.write_text(json.dumps(config_doc(cds_keys, enabled=False)))
    assert invoke(app, "clients", "sync", str(path)).exit_code == 0
    rows = {r["issuer"]: r for r in json.loads(invoke(app, "clients", "list").output)}
    assert rows["https://ehr.config.example"]["enabled"] is False


def test_bad_config_file_stops_the_start(make_app, tmp_path, cds_keys):
    from cds_hooks.admin import ConfigError

    path = tmp_path / "clients.json"
    path.write_text(json.dumps(config_doc(cds_keys, enabled_services=["no-such-service"])))
    with pytest.raises(ConfigError):
        make_app(CLIENTS_CONFIG_FILE=str(path))


def test_unmigrated_database_does_not_block_start(tmp_path, cds_keys):
    from server.app import create_app

    path = tmp_path / "clients.json"
    path.write_text(json.dumps(config_doc(cds_keys)))
    app = create_app(
        {
            "ENV_NAME": "testing",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}",
            "CLIENTS_CONFIG_FILE": str(path),
        }
    )
    assert app.config["CLIENTS_CONFIG_FILE"] == str(path)
    app.extensions["db"].engine.dispose()
