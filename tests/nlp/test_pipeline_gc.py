"""ddnews.load() keeps the pipeline's long-lived data out of the cyclic garbage collector's way."""
import gc

import ddnews


def test_the_loaded_pipeline_is_kept_out_of_the_garbage_collectors_way():
    """After the first pipeline is built its long-lived objects are frozen (gc.freeze): faster collections and exit."""
    ddnews.load()
    assert gc.get_freeze_count() > 10_000


def test_the_collector_is_paused_while_the_pipeline_is_built_and_left_as_it_was():
    """Building pauses the cyclic collector (its collections would find almost nothing) and restores its state,
    whether it was on or off, also when the build fails."""
    from ddnews.nlp.pipeline import _collector_paused

    was = gc.isenabled()
    try:
        for before in (True, False):
            gc.enable() if before else gc.disable()
            with _collector_paused():
                assert not gc.isenabled()
            assert gc.isenabled() is before
        gc.enable()
        try:
            with _collector_paused():
                raise ValueError("a bad data file")
        except ValueError:
            pass
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
