"""``python -m ddnews.cli`` runs the command line (as ``python -m ddnews`` does)."""
from . import main

if __name__ == "__main__":
    main()
