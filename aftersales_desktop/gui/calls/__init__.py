"""The Calls area: the call register, dispatch, visits, closing and the service voucher."""
