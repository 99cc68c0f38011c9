<#import "../layout.ftl" as layout>
<@layout.page title=t(titleKey)>
<p>${t(messageKey)}</p>
<p><a href="/">${t("error.home")}</a></p>
</@layout.page>
