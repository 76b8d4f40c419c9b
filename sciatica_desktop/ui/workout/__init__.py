"""The guided-workout page and its small Qt adapter over the domain runner."""
