"""ddnews.load() keeps the pipeline's long-lived data out of the cyclic garbage collector's way."""
import gc

import ddnews


def test_the_loaded_pipeline_is_kept_out_of_the_garbage_collectors_way():
    """After the first pipeline is built its long-lived objects are frozen (gc.freeze): faster collections and exit."""
    ddnews.load()
    assert gc.get_freeze_count() > 10_000
