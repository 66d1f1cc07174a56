-- svcdef for Neovim 0.8 or newer: save as ~/.config/nvim/plugin/svcdef.lua, or paste into init.lua.

-- *.svcdef files get the filetype `svcdef`.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.svcdef',
  command = 'setfiletype svcdef',
})

-- Each svcdef buffer is served by the language server of its workspace: the folder of the
-- enclosing Git repository (or the file's own folder), every .svcdef file below it included.
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'svcdef',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local git = vim.fs.find('.git', { upward = true, path = vim.fs.dirname(file) })[1]
    vim.lsp.start({
      name = 'svcdef',
      cmd = { 'svcdef-language-server', '--stdio' },
      root_dir = vim.fs.dirname(git or file),
    })
  end,
})
