<#-- The frame of every page: language and direction, skip link, landmarks, language switcher, navigation by
     role, one h1 (the page title), footer with the accessibility statement and privacy page. -->
<#-- titleLang: the language the title is in, when it is not the page's (a text that fell back).
     docTitle: the window's title where it says more than the h1 (a resident's step: "Page 2 of 4 – …").
     A page showing form errors has its window title begin with "Error:", read first by screen readers. -->
<#macro page title titleLang="" docTitle="">
<!DOCTYPE html>
<html lang="${lang.code()}" dir="${lang.dir()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#assign showsErrors = errors?? && (errors.isEmpty)?? && !errors.isEmpty()>
<title><#if showsErrors>${t("layout.title.error")} </#if>${docTitle?has_content?then(docTitle, title)} – ${t("app.name")}</title>
<link rel="stylesheet" href="/static/css/samrad.css">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
<script type="module" src="/static/js/samrad.js"></script>
</head>
<body>
<a class="skip-link" href="#main">${t("layout.skip")}</a>
<header class="site-header">
  <div class="site-header__bar">
    <a class="brand" href="/"><span class="brand__mark" aria-hidden="true"></span>${t("app.name")}</a>
    <nav class="languages" aria-label="${t("layout.languages")}">
      <ul>
      <#list languageLinks as link>
        <li><a href="${link.url}" lang="${link.language.code()}" hreflang="${link.language.code()}" dir="${link.language.dir()}"<#if link.current> aria-current="true"</#if>>${link.language.nativeName()}</a></li>
      </#list>
      </ul>
    </nav>
    <div class="account-menu">
    <#if user??>
      <a href="/account"><bdi>${user.displayName()}</bdi></a>
      <form method="post" action="/logout" class="inline-form">
        <input type="hidden" name="_csrf" value="${csrf}">
        <button type="submit" class="button button--quiet">${t("layout.sign-out")}</button>
      </form>
    <#else>
      <a href="/login">${t("layout.sign-in")}</a>
    </#if>
    </div>
  </div>
  <nav class="main-nav" aria-label="${t("layout.main-nav")}">
    <ul>
    <#list nav as item>
      <li><a href="${item.path()}"<#if path == item.path()> aria-current="page"</#if>>${t(item.labelKey())}</a></li>
    </#list>
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
<h1<#if titleLang?has_content && titleLang != lang.code()> lang="${titleLang}" dir="auto"</#if>>${title}</h1>
<#nested>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">${t("footer.accessibility")}</a></li>
    <li><a href="/privacy">${t("footer.privacy")}</a></li>
    <li>${t("footer.open-source")}</li>
  </ul>
</footer>
</body>
</html>
</#macro>
