from django.urls import path

from tukipiste.accounts import views

urlpatterns = [
    path("2fa/setup/", views.two_factor_setup, name="accounts_2fa_setup"),
    path("2fa/verify/", views.two_factor_verify, name="accounts_2fa_verify"),
    path("2fa/recovery-codes/", views.new_recovery_codes, name="accounts_2fa_recovery_codes"),
    path("2fa/logout-everywhere/", views.logout_everywhere, name="accounts_logout_everywhere"),
    path("locked-accounts/", views.locked_accounts, name="accounts_locked"),
]
