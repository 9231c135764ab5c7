"""Code-system and extension URLs used across the product."""

from __future__ import annotations

CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://bluebutton.cms.gov/resources/codesystem/hcpcs"
HCPCS_ALT = ("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285")
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10CM_ALT = ("http://hl7.org/fhir/sid/icd-10", "urn:oid:2.16.840.1.113883.6.90")
SNOMED = "http://snomed.info/sct"
MODIFIER = "http://www.ama-assn.org/go/cpt"  # CPT modifiers share the CPT system; HCPCS modifiers use HCPCS
CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type"
PROCESS_PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority"
DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype"
CARD_TOPIC = "https://dermplug.org/fhir/CodeSystem/card-topic"
RULE_SYSTEM = "https://dermplug.org/fhir/CodeSystem/rule"
EXT_TABLE_RELEASE = "https://dermplug.org/fhir/StructureDefinition/table-release"
EXT_RULE_IDS = "https://dermplug.org/fhir/StructureDefinition/rule-ids"
