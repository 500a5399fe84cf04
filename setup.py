"""Packaging glue: maps the top-level resources/ folder into the package so a wheel carries it."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["aftersales_desktop*"]) + ["aftersales_desktop._resources"],
    package_dir={"aftersales_desktop._resources": "resources"},
    package_data={"aftersales_desktop._resources": ["**/*"]},
    include_package_data=False,
)
