from __future__ import annotations

from server.coding.model import PayerKind
from server.coding.model import Topic
from server.coding.rules.codes import order_modifiers


def test_51_is_removed(edit, ln):
    r = edit([ln("17000", mods=["51"], dx=["L57.0"])])
    assert r.line("17000").modifiers == ()
    assert r.by_rule("MOD001")[0].topic == Topic.MODIFIER


def test_59_becomes_xs(edit, ln):
    r = edit(
        [ln("11102", dx=["D49.2"], lesions=["A"]), ln("17000", mods=["59"], dx=["L57.0"], lesions=["B"])]
    )
    assert r.line("17000").modifiers == ("XS",)
    assert r.by_rule("MOD002")


def test_59_kept_on_mohs_day_frozen_section(edit, ln):
    r = edit(
        [
            ln("17311", dx=["C44.311"], lesions=["A"]),
            ln("11102", mods=["59"], dx=["D49.2"], lesions=["A"]),
            ln("88331", mods=["59"], dx=["D49.2"], lesions=["A"]),
        ]
    )
    assert r.line("88331").modifiers == ("59",)
    assert not r.by_rule("MOD002")


def test_one_liability_modifier(edit, ln):
    r = edit([ln("17110", mods=["GZ", "GA"], dx=["B07.0", "R52"])], payer_kind=PayerKind.MEDICARE)
    assert r.line("17110").modifiers == ("GA",)
    r = edit([ln("99213", mods=["GX"], dx=["L40.0"])])
    assert r.line("99213").modifiers == ()


def test_em_only_modifiers_off_procedures(edit, ln):
    r = edit([ln("17000", mods=["25", "57"], dx=["L57.0"])])
    assert r.line("17000").modifiers == ()


def test_side_modifiers_off_lesion_codes_digits_only_on_nails(edit, ln):
    r = edit(
        [
            ln("11102", mods=["LT"], dx=["D49.2"]),
            ln("11730", mods=["T5"], dx=["L60.0"]),
            ln("J3301", mods=["F1"], dx=["L90.5"]),
        ]
    )
    assert r.line("11102").modifiers == ()
    assert r.line("11730").modifiers == ("T5",)
    assert r.line("J3301").modifiers == ()


def test_modifier_order(edit, ln):
    assert order_modifiers(("GY", "XS", "RT", "79", "XS")) == ("79", "XS", "RT", "GY")
    r = edit([ln("99213", mods=["GZ", "24"], dx=["L40.0"])])
    assert r.line("99213").modifiers == ("24", "GZ")
    assert r.by_rule("MOD006")


def test_digit_modifier_from_the_documented_nail(edit, ln):
    from server.coding.rules.modifiers import digit_modifier

    assert digit_modifier("Right great toe") == "T5"
    assert digit_modifier("left thumb") == "FA"
    assert digit_modifier("right 2nd toe") == "T6"
    assert digit_modifier("left little finger") == "F4"
    assert digit_modifier("both great toes") is None
    assert digit_modifier("left and right great toe") is None
    r = edit([ln("11750", dx=["L60.0"], site="right great toe")])
    assert r.line("11750").modifiers == ("T5",)
    assert not edit([ln("11102", dx=["D49.2"], site="right great toe")]).by_rule("MOD007")


def test_distinct_modifier_needs_an_edit_on_the_claim(edit, ln):
    r = edit(
        [ln("11102", dx=["D49.2"], lesions=["A"]), ln("11103", mods=["XS"], dx=["D49.2"], lesions=["B"])]
    )
    assert r.line("11103").modifiers == ()
    assert r.by_rule("MOD008")[0].topic == Topic.MODIFIER
    r = edit(
        [ln("11102", mods=["XS"], dx=["D49.2"], lesions=["A"]), ln("17000", dx=["L57.0"], lesions=["B"])]
    )
    assert r.line("11102").modifiers == () and r.line("17000").modifiers == ("XS",)
