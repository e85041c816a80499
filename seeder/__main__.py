"""`python -m seeder` runs the CLI."""

from seeder.cli import main

main()
