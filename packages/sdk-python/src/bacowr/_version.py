# In step with the TypeScript SDK (packages/sdk/package.json); tests/test_packaging.py checks that they agree.
__version__ = "0.1.0"
