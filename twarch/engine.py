"""The decision engine -- being written; temporary."""
def recommend(answers):
    raise NotImplementedError
